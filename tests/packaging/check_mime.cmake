# The MIME package compiles with update-mime-database and maps the store glob to our type:
# cmake -DTOOL=update-mime-database -DMIME_XML=… -DSCRATCH=… -P check_mime.cmake
if(NOT TOOL)
    message(FATAL_ERROR "update-mime-database is not installed (shared-mime-info); run packaging/install-deps.sh")
endif()
# A data dir of its own, named as update-mime-database expects (…/mime inside XDG_DATA_HOME), so it
# neither touches the user's database nor warns that the folder is off the search path.
file(REMOVE_RECURSE "${SCRATCH}")
set(ENV{XDG_DATA_HOME} "${SCRATCH}")
set(SCRATCH "${SCRATCH}/mime")
file(MAKE_DIRECTORY "${SCRATCH}/packages")
file(COPY "${MIME_XML}" DESTINATION "${SCRATCH}/packages")
execute_process(COMMAND ${TOOL} "${SCRATCH}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
    message(FATAL_ERROR "update-mime-database: exit ${rc}\n${out}${err}")
endif()
file(READ "${SCRATCH}/globs2" globs)
if(NOT globs MATCHES "application/x-quoteline-store:\\*\\.qlstore")
    message(FATAL_ERROR "the *.qlstore glob is not in the compiled database:\n${globs}")
endif()
if(NOT EXISTS "${SCRATCH}/application/x-quoteline-store.xml")
    message(FATAL_ERROR "update-mime-database did not produce the store type")
endif()
