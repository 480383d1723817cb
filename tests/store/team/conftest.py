"""Team projects on PostgreSQL: a real server (the session's throwaway cluster, tests/conftest.py)."""
