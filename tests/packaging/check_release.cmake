# The newest <release> in the metainfo is the project's version, so a version bump cannot forget
# the release notes: cmake -DMETAINFO=… -DVERSION=… -P check_release.cmake
file(READ "${METAINFO}" xml)
if(NOT xml MATCHES "<release version=\"([^\"]+)\" date=\"[0-9]+-[0-9]+-[0-9]+\"")
    message(FATAL_ERROR "no dated <release> in ${METAINFO}")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "the newest release in the metainfo is ${CMAKE_MATCH_1}, the project is ${VERSION}")
endif()
