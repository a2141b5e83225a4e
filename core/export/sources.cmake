target_sources(quoteline_core PRIVATE
    export/Citation.h
    export/CitationFormatter.cpp
    export/CitationFormatter.h
    export/CsvWriter.cpp
    export/CsvWriter.h
    export/ExportFilter.cpp
    export/ExportFilter.h
    export/ExportFormat.cpp
    export/ExportFormat.h
    export/ExportRecord.h
    export/RisWriter.cpp
    export/RisWriter.h
    export/StatementExporter.cpp
    export/StatementExporter.h
)
