"""Core of neet-outreach: configuration, the NCCIS domain rules and the command line."""
