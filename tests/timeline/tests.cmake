# Tests for timeline; see ql_add_qtest() in tests/CMakeLists.txt
