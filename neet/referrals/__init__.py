"""NSS referrals: the routing rules (pure) and the lifecycle (database)."""
