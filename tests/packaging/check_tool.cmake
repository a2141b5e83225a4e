# Runs one validator and fails on a non-zero exit or, with -DFAIL_ON_STDERR=ON, on any warning it
# prints: cmake -DTOOL=… -DARGS="a;b" [-DFAIL_ON_STDERR=ON] -P check_tool.cmake
if(NOT TOOL)
    message(FATAL_ERROR "the validator is not installed; run packaging/install-deps.sh")
endif()
execute_process(COMMAND ${TOOL} ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${TOOL} failed (exit ${rc})")
endif()
if(FAIL_ON_STDERR AND NOT err STREQUAL "")
    message(FATAL_ERROR "${TOOL} warned")
endif()
