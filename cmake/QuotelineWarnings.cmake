option(QL_ALLOW_DEPRECATED "Silence warnings about deprecated APIs (transitional)" ON)
# Every Quoteline target calls ql_target_defaults() so warnings and Qt defines are uniform.
function(ql_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
    if(QL_ALLOW_DEPRECATED)
        target_compile_options(${target} PRIVATE -Wno-deprecated-declarations)
    endif()
    if(QL_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
endfunction()
