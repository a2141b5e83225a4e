target_sources(quoteline_views PRIVATE
    timeline/TimelinePanel.cpp
    timeline/TimelinePanel.h
    timeline/TimelineData.cpp
    timeline/TimelineData.h
    timeline/TimelineLayout.cpp
    timeline/TimelineLayout.h
    timeline/TimelineRenderer.cpp
    timeline/TimelineRenderer.h
    timeline/TimelineView.cpp
    timeline/TimelineView.h)
