target_sources(quoteline_models PRIVATE
    timeline/TimelineEntry.h
    timeline/FamilyLaneNames.h timeline/FamilyLaneNames.cpp
    timeline/AnalysisChange.h timeline/AnalysisChange.cpp
    timeline/TimelineModel.h timeline/TimelineModel.cpp
    timeline/TimeScale.h timeline/TimeScale.cpp
    timeline/TimelineFilterProxy.h timeline/TimelineFilterProxy.cpp)
