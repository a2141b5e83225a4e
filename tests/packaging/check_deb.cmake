# Builds the Debian package with CPack, checks its control fields and contents, unpacks it into a
# scratch root with dpkg -x and runs the unpacked quoteline-cli --version.
#   cmake -DBIN_DIR=… -DSCRATCH=… -DCPACK=… -DQT_MAJOR=6|5 -DOCR=ON|OFF -DAPP_ID=… -P check_deb.cmake
foreach(tool dpkg-deb dpkg desktop-file-validate appstreamcli)
    find_program(found_${tool} ${tool})
    if(NOT found_${tool})
        message(FATAL_ERROR "${tool} is not installed; run packaging/install-deps.sh")
    endif()
endforeach()

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (exit ${rc}): ${ARGN}\n${out}${err}")
    endif()
    set(run_out "${out}" PARENT_SCOPE)
endfunction()

function(require text what)
    if(NOT run_out MATCHES "${text}")
        message(FATAL_ERROR "${what}: /${text}/ not in:\n${run_out}")
    endif()
endfunction()

file(REMOVE_RECURSE "${SCRATCH}")
file(MAKE_DIRECTORY "${SCRATCH}")
run(${CPACK} -G DEB --config "${BIN_DIR}/CPackConfig.cmake" -B "${SCRATCH}/out")
file(GLOB debs "${SCRATCH}/out/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${SCRATCH}/out, found ${count}: ${debs}")
endif()

run(${found_dpkg-deb} -I ${debs})
message("${run_out}")
require("Package: quoteline\n" "package name")
require("Section: science\n" "section")
require("Description: track what leaders" "description")
require("\n  speakers, the spending figures" "description lines, indented and unbroken")
if(run_out MATCHES "Installed-Size: ([0-9]+)" AND CMAKE_MATCH_1 GREATER 60000)
    message(FATAL_ERROR "the package installs ${CMAKE_MATCH_1} KiB: are the binaries stripped?")
endif()
# dpkg-shlibdeps found the libraries the binaries link, the plugins were added by hand.
if(QT_MAJOR EQUAL 6)
    require("Depends:[^\n]*libqt6core6" "Qt from dpkg-shlibdeps")
    require("Depends:[^\n]*libpoppler-qt6" "poppler from dpkg-shlibdeps")
    require("Depends:[^\n]*qt6-qpa-plugins" "Qt platform plugins")
else()
    require("Depends:[^\n]*libqt5core5a" "Qt from dpkg-shlibdeps")
    require("Depends:[^\n]*libpoppler-qt5" "poppler from dpkg-shlibdeps")
endif()
require("Depends:[^\n]*libc6 \\(>= " "versioned libc from dpkg-shlibdeps")
if(OCR)
    require("Depends:[^\n]*libtesseract5" "Tesseract from dpkg-shlibdeps")
    require("Depends:[^\n]*tesseract-ocr-eng" "the English OCR model")
endif()

set(root "${SCRATCH}/root")
run(${found_dpkg} -x ${debs} "${root}")
foreach(f usr/bin/quoteline usr/bin/quoteline-cli
        usr/share/applications/${APP_ID}.desktop
        usr/share/metainfo/${APP_ID}.metainfo.xml
        usr/share/mime/packages/${APP_ID}.xml
        usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
        usr/share/icons/hicolor/16x16/apps/${APP_ID}.png
        usr/share/icons/hicolor/48x48/apps/${APP_ID}.png
        usr/share/icons/hicolor/256x256/apps/${APP_ID}.png
        usr/share/man/man1/quoteline.1.gz usr/share/man/man1/quoteline-cli.1.gz)
    if(NOT EXISTS "${root}/${f}")
        message(FATAL_ERROR "the package lacks /${f}")
    endif()
endforeach()
# A PNG's width and height are big-endian words at bytes 16 and 20.
file(READ "${root}/usr/share/icons/hicolor/48x48/apps/${APP_ID}.png" header LIMIT 24 HEX)
if(NOT header MATCHES "^89504e47.*0000003000000030$")
    message(FATAL_ERROR "the 48x48 icon is not a 48x48 PNG: ${header}")
endif()

# The installed files validate as installed, the desktop entry and metainfo agreeing.
run(${found_desktop-file-validate} "${root}/usr/share/applications/${APP_ID}.desktop")
run(${found_appstreamcli} validate-tree --no-net "${root}")

# The unpacked program runs. Its libraries are the system's (the package ships none), so the
# library path only matters if a future package carries private libraries.
set(ENV{LD_LIBRARY_PATH} "${root}/usr/lib:${root}/usr/lib/x86_64-linux-gnu")
set(ENV{QT_QPA_PLATFORM} offscreen)
run("${root}/usr/bin/quoteline-cli" --version)
if(run_out STREQUAL "")
    message(FATAL_ERROR "quoteline-cli --version printed nothing")
endif()
message("unpacked quoteline-cli --version: ${run_out}")
