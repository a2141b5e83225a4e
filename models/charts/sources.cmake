# What the spending charts show, without a widget: the points and where each sits in time.
target_sources(quoteline_models PRIVATE
    charts/ChartPlacement.cpp
    charts/ChartPlacement.h
    charts/GdpTargetPoint.h
    charts/MoneyPoint.h
)
