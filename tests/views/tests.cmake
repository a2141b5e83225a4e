# Tests for views; see ql_add_qtest() in tests/CMakeLists.txt
