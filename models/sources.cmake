include(library/sources.cmake)
include(commands/sources.cmake)
include(timeline/sources.cmake)
include(comparison/sources.cmake)
