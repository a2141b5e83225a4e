# Tests for ingest; see ql_add_qtest() in tests/CMakeLists.txt
