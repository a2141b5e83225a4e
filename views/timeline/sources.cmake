target_sources(quoteline_views PRIVATE
    timeline/TimelinePanel.cpp
    timeline/TimelinePanel.h
    timeline/TimelineView.h timeline/TimelineView.cpp)
