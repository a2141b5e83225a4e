target_sources(quoteline_core PRIVATE
    ingest/BoilerplateFilter.cpp
    ingest/BoilerplateFilter.h
    ingest/ContentExtractor.cpp
    ingest/ContentExtractor.h
    ingest/PageBlocks.cpp
    ingest/PageBlocks.h
    ingest/DateCandidate.h
    ingest/DateParser.cpp
    ingest/DateParser.h
    ingest/FetchOptions.cpp
    ingest/FetchOptions.h
    ingest/FetchResult.h
    ingest/FormatSniffer.cpp
    ingest/FormatSniffer.h
    ingest/HtmlDateFinder.cpp
    ingest/HtmlPageZones.cpp
    ingest/HtmlPageZones.h
    ingest/HtmlDateFinder.h
    ingest/HtmlReader.cpp
    ingest/HtmlReader.h
    ingest/Ingestor.cpp
    ingest/Ingestor.h
    ingest/JsonLd.cpp
    ingest/JsonLd.h
    ingest/LanguageGuesser.cpp
    ingest/LanguageGuesser.h
    ingest/MarkdownReader.cpp
    ingest/MarkdownReader.h
    ingest/MetadataExtractor.cpp
    ingest/MetadataExtractor.h
    ingest/MetadataHints.h
    ingest/OcrEngine.cpp
    ingest/OcrEngine.h
    ingest/OcrProgress.cpp
    ingest/OcrProgress.h
    ingest/PageFetcher.cpp
    ingest/PageFetcher.h
    ingest/PageRequest.cpp
    ingest/PageRequest.h
    ingest/PdfReader.cpp
    ingest/PdfReader.h
    ingest/PlainTextReader.cpp
    ingest/PlainTextReader.h
    ingest/PublisherFinder.cpp
    ingest/PublisherFinder.h
    ingest/TextDecoder.cpp
    ingest/TextDecoder.h
)

# OCR for scanned PDF pages. Optional so a machine without Tesseract still builds; such a build
# refuses scans with "needs OCR" as before (packaging/install-deps.sh installs it).
pkg_check_modules(TESSERACT QUIET IMPORTED_TARGET tesseract>=4)
if(TESSERACT_FOUND)
    message(STATUS "Quoteline: Tesseract ${TESSERACT_VERSION} found, scanned PDF pages are read by OCR")
    target_link_libraries(quoteline_core PRIVATE PkgConfig::TESSERACT)
    target_compile_definitions(quoteline_core PRIVATE QL_HAVE_TESSERACT)
    set(QL_HAVE_TESSERACT ON CACHE INTERNAL "Tesseract OCR is compiled in")
else()
    message(STATUS "Quoteline: Tesseract not found, scanned PDF pages need OCR elsewhere")
    set(QL_HAVE_TESSERACT OFF CACHE INTERNAL "Tesseract OCR is compiled in")
endif()
