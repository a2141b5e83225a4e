target_sources(quoteline_models PRIVATE
    timeline/TimelineEntry.h
    timeline/TimelineModel.h timeline/TimelineModel.cpp
    timeline/TimeScale.h timeline/TimeScale.cpp
    timeline/TimelineFilterProxy.h timeline/TimelineFilterProxy.cpp)
