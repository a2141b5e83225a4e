# The import wizard's item models: what it found in each source, and the statements of one.
target_sources(quoteline_models PRIVATE
    import/ExtractionTableModel.cpp
    import/ExtractionTableModel.h
    import/ReviewEntry.cpp
    import/ReviewEntry.h
    import/ReviewListModel.cpp
    import/ReviewListModel.h
)
