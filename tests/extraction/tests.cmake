# Tests for extraction; see ql_add_qtest() in tests/CMakeLists.txt
