"""`RedisStore`: the `webhooks.ReplayStore` that replicas of a bot share, so each event is handled once."""

from __future__ import annotations

import math
from typing import Any


class RedisStore:
    """Remember handled events in Redis: `SET key 1 NX EX ttl` (atomic: one replica wins), `DEL` to forget.

    `redis` is a redis-py `Redis` (or anything with its `set` and `delete`); `RedisStore.from_url(url)`
    makes one. Keys are `prefix` + the app's namespace + the event's `dedup_key`.
    """

    def __init__(self, redis: Any, prefix: str = "pachca:") -> None:
        self.redis, self.prefix = redis, prefix

    @classmethod
    def from_url(cls, url: str, prefix: str = "pachca:") -> RedisStore:
        import redis

        return cls(redis.Redis.from_url(url), prefix)

    def seen(self, key: str, ttl: float) -> bool:
        return not self.redis.set(self.prefix + key, 1, nx=True, ex=max(1, math.ceil(ttl)))

    def forget(self, key: str) -> None:
        self.redis.delete(self.prefix + key)
