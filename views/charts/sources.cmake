target_sources(quoteline_views PRIVATE
    charts/ChartsPanel.cpp
    charts/ChartsPanel.h
    charts/ChartAxisUnits.h charts/ChartAxisUnits.cpp
    charts/ChartExporter.h charts/ChartExporter.cpp
    charts/ChartScale.h charts/ChartScale.cpp
    charts/ChartSpec.h
    charts/ChartWidget.h charts/ChartWidget.cpp
    charts/ColorPalette.h charts/ColorPalette.cpp
    charts/CurrencyTable.h charts/CurrencyTable.cpp
    charts/GdpChartBuilder.h charts/GdpChartBuilder.cpp
    charts/QtChartFactory.h charts/QtChartFactory.cpp
    charts/QtChartsCompat.h
    charts/SeriesNames.h charts/SeriesNames.cpp
    charts/SpendingChartBuilder.h charts/SpendingChartBuilder.cpp
    charts/quoteline_charts.qrc)
