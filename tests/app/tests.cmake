# Tests for app; see ql_add_qtest() in tests/CMakeLists.txt
