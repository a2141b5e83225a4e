# Deprecated Qt API is compiled out, so a use of it fails to build instead of waiting for the
# next major version. Qt 6: everything deprecated up to 6.0 (all of it has a replacement that Qt
# 5.15 has too); Qt 6.4 still reads QT_DISABLE_DEPRECATED_BEFORE, 6.5 and later
# QT_DISABLE_DEPRECATED_UP_TO. Qt 5: everything deprecated up to 5.14; what 5.15 deprecated stays,
# because poppler-qt5's own headers use QLinkedList (deprecated in 5.15), and the Qt 6 build
# already refuses every 5.15 deprecation.
if(QT_VERSION_MAJOR EQUAL 6)
    set(QL_QT_DEPRECATED_DEFINES QT_DISABLE_DEPRECATED_UP_TO=0x060000 QT_DISABLE_DEPRECATED_BEFORE=0x060000)
else()
    set(QL_QT_DEPRECATED_DEFINES QT_DISABLE_DEPRECATED_BEFORE=0x050E00)
endif()

# Every Quoteline target calls ql_target_defaults() so warnings and Qt defines are uniform.
function(ql_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
    if(QL_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER
        ${QL_QT_DEPRECATED_DEFINES})
endfunction()
