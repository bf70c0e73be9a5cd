"""Messages and channels: the one send path, channel adapters, templates and the inbound store."""
