"""The fake's domain: what happens to a workspace's state, whoever asks (an HTTP route, a simulated person or
`FakePachca` itself). Typed against `Workspace`; never imports the routes."""
