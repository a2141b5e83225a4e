# Packaging checks: the desktop entry, AppStream metainfo, MIME type and man pages validate, and
# the Debian package builds, unpacks and runs. Plain CTest commands, no Qt Test.
set(QL_PKG_TEST_DIR "${CMAKE_CURRENT_SOURCE_DIR}/packaging")
set(QL_DESKTOP_SRC "${PROJECT_SOURCE_DIR}/resources/desktop")
find_program(QL_DESKTOP_FILE_VALIDATE desktop-file-validate)
find_program(QL_APPSTREAMCLI appstreamcli)
find_program(QL_UPDATE_MIME_DATABASE update-mime-database)
find_program(QL_GROFF groff)

add_test(NAME packaging_desktop_file
    COMMAND ${CMAKE_COMMAND} -DTOOL=${QL_DESKTOP_FILE_VALIDATE}
        "-DARGS=${QL_DESKTOP_SRC}/${QL_APP_ID}.desktop" -P "${QL_PKG_TEST_DIR}/check_tool.cmake")
add_test(NAME packaging_metainfo
    COMMAND ${CMAKE_COMMAND} -DTOOL=${QL_APPSTREAMCLI}
        "-DARGS=validate;--no-net;--explain;${QL_DESKTOP_SRC}/${QL_APP_ID}.metainfo.xml"
        -P "${QL_PKG_TEST_DIR}/check_tool.cmake")
add_test(NAME packaging_metainfo_version
    COMMAND ${CMAKE_COMMAND} "-DMETAINFO=${QL_DESKTOP_SRC}/${QL_APP_ID}.metainfo.xml"
        -DVERSION=${PROJECT_VERSION} -P "${QL_PKG_TEST_DIR}/check_release.cmake")
add_test(NAME packaging_mime_type
    COMMAND ${CMAKE_COMMAND} -DTOOL=${QL_UPDATE_MIME_DATABASE}
        "-DMIME_XML=${QL_DESKTOP_SRC}/${QL_APP_ID}.mime.xml"
        "-DSCRATCH=${CMAKE_CURRENT_BINARY_DIR}/packaging-mime" -P "${QL_PKG_TEST_DIR}/check_mime.cmake")
foreach(page quoteline quoteline-cli)
    # -ww: every groff warning; -z: no output, only the diagnostics.
    add_test(NAME packaging_man_${page}
        COMMAND ${CMAKE_COMMAND} -DTOOL=${QL_GROFF} -DFAIL_ON_STDERR=ON
            "-DARGS=-man;-Tutf8;-ww;-z;${PROJECT_SOURCE_DIR}/docs/man/${page}.1"
            -P "${QL_PKG_TEST_DIR}/check_tool.cmake")
endforeach()
add_test(NAME packaging_deb
    COMMAND ${CMAKE_COMMAND} -DBIN_DIR=${PROJECT_BINARY_DIR}
        "-DSCRATCH=${CMAKE_CURRENT_BINARY_DIR}/packaging-deb" -DCPACK=${CMAKE_CPACK_COMMAND}
        -DQT_MAJOR=${QT_VERSION_MAJOR} -DOCR=${QL_HAVE_TESSERACT} -DAPP_ID=${QL_APP_ID}
        -P "${QL_PKG_TEST_DIR}/check_deb.cmake")
# cpack installs the whole build tree: not while another test might be relinking nothing, but
# long enough on a loaded machine to need more than CTest's default.
set_tests_properties(packaging_deb PROPERTIES TIMEOUT 600)
