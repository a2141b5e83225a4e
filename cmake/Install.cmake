# Installing Quoteline like a desktop application (GNUInstallDirs), and its Debian package
# (`cpack -G DEB` in the build folder). Included from the top-level CMakeLists.txt after the
# targets exist.
include(GNUInstallDirs)

# The reverse-DNS name the desktop entry, icon, MIME and AppStream files share.
set(QL_APP_ID "org.quoteline.Quoteline")
set(QL_DESKTOP_DIR "${PROJECT_SOURCE_DIR}/resources/desktop")
set(QL_ICON_SVG "${PROJECT_SOURCE_DIR}/resources/icons/quoteline.svg")

install(TARGETS quoteline quoteline-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

install(FILES "${QL_DESKTOP_DIR}/${QL_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${QL_DESKTOP_DIR}/${QL_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${QL_DESKTOP_DIR}/${QL_APP_ID}.mime.xml"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${QL_APP_ID}.xml)

# The icon: the SVG as drawn, and PNGs rendered from it by a small Qt tool at build time.
add_executable(ql_svg2png "${PROJECT_SOURCE_DIR}/packaging/tools/svg2png.cpp")
ql_target_defaults(ql_svg2png)
target_link_libraries(ql_svg2png PRIVATE Qt::Gui Qt::Svg)

set(QL_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(QL_ICON_PNGS)
foreach(size IN LISTS QL_ICON_SIZES)
    set(png "${PROJECT_BINARY_DIR}/icons/${size}x${size}/${QL_APP_ID}.png")
    add_custom_command(OUTPUT "${png}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/icons/${size}x${size}"
        COMMAND ql_svg2png "${QL_ICON_SVG}" ${size} "${png}"
        DEPENDS ql_svg2png "${QL_ICON_SVG}"
        COMMENT "Rendering the ${size}x${size} icon"
        VERBATIM)
    list(APPEND QL_ICON_PNGS "${png}")
    install(FILES "${png}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_target(ql_icons ALL DEPENDS ${QL_ICON_PNGS})
install(FILES "${QL_ICON_SVG}"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${QL_APP_ID}.svg)

# Man pages, written by hand in docs/man, installed compressed as Debian policy asks.
find_program(QL_GZIP gzip REQUIRED)
set(QL_MAN_PAGES quoteline quoteline-cli)
set(QL_MAN_GZ)
foreach(page IN LISTS QL_MAN_PAGES)
    set(gz "${PROJECT_BINARY_DIR}/man/${page}.1.gz")
    add_custom_command(OUTPUT "${gz}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/man"
        # -n: no name or time stamp inside, so the package is reproducible.
        COMMAND ${QL_GZIP} -9n -c "${PROJECT_SOURCE_DIR}/docs/man/${page}.1" > "${gz}"
        DEPENDS "${PROJECT_SOURCE_DIR}/docs/man/${page}.1"
        COMMENT "Compressing the ${page}(1) man page")
    list(APPEND QL_MAN_GZ "${gz}")
endforeach()
add_custom_target(ql_man ALL DEPENDS ${QL_MAN_GZ})
install(FILES ${QL_MAN_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Debian keeps a package's documents under its package name, not the project's.
install(FILES "${PROJECT_SOURCE_DIR}/README.md" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/quoteline)
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/quoteline)
endif()

# --- Debian package ---------------------------------------------------------------------------
set(QL_PACKAGE_MAINTAINER "Quoteline developers <quoteline@localhost>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "quoteline")
set(CPACK_PACKAGE_VENDOR "Quoteline")
set(CPACK_PACKAGE_CONTACT "${QL_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "track what leaders and industry say over time")
# One string (several would be joined with ";"); CPack indents the lines as Debian wants.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Quoteline imports articles and speech transcripts (plain text, HTML, Markdown, PDF, scanned\n"
    "PDF pages through OCR) into a local library and finds in each one the statements with their\n"
    "speakers, the spending figures and the date. It shows them on a timeline and in charts,\n"
    "compares variants of a quote word by word, and has a command line tool, quoteline-cli.")
# A RelWithDebInfo build carries its debug information; the package does not.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Libraries the binaries link come from dpkg-shlibdeps; what Qt and Tesseract load at run time
# (platform and SQL plugins, the English OCR model) no linker sees, so it is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(QT_VERSION_MAJOR EQUAL 6)
    set(QL_RUNTIME_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
else()
    set(QL_RUNTIME_DEPENDS "libqt5sql5-sqlite")
endif()
if(QL_HAVE_TESSERACT)
    string(APPEND QL_RUNTIME_DEPENDS ", tesseract-ocr-eng")
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${QL_RUNTIME_DEPENDS}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
