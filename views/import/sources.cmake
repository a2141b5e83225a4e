target_sources(quoteline_views PRIVATE
    import/DropTarget.h import/DropTarget.cpp
    import/DirectImport.h import/DirectImport.cpp
    import/DropZone.h import/DropZone.cpp
    import/ImportSources.h
    import/ImportWizard.h import/ImportWizard.cpp
    import/PasteBox.h import/PasteBox.cpp
    import/PasteFormat.h import/PasteFormat.cpp
    import/PreparationJob.h
    import/PreparationRunner.h import/PreparationRunner.cpp
    import/ReviewPage.h import/ReviewPage.cpp
    import/SourcesPage.h import/SourcesPage.cpp
    import/StatementsPage.h import/StatementsPage.cpp
    import/SummaryPage.h import/SummaryPage.cpp)
