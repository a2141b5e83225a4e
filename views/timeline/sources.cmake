target_sources(quoteline_views PRIVATE
    timeline/TimelineView.h timeline/TimelineView.cpp)
