# Tests for ingest; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_textdecoder SOURCES core/ingest/tst_textdecoder.cpp)
ql_add_qtest(tst_devset_ingest SOURCES core/ingest/tst_devset_ingest.cpp)
ql_add_qtest(tst_boilerplatefilter SOURCES core/ingest/tst_boilerplatefilter.cpp)
ql_add_qtest(tst_htmlreader SOURCES core/ingest/tst_htmlreader.cpp)
ql_add_qtest(tst_markdownreader SOURCES core/ingest/tst_markdownreader.cpp)
ql_add_qtest(tst_pdfreader SOURCES core/ingest/tst_pdfreader.cpp LIBS Qt::Gui)
ql_add_qtest(tst_metadataextractor SOURCES core/ingest/tst_metadataextractor.cpp)
ql_add_qtest(tst_languageguesser SOURCES core/ingest/tst_languageguesser.cpp)
ql_add_qtest(tst_ingestor SOURCES core/ingest/tst_ingestor.cpp)
ql_add_qtest(tst_contentextractor SOURCES core/ingest/tst_contentextractor.cpp)
# Scores quoteline-cli on ../shared/eval/web/boilerplate with the shared scorer.
ql_add_qtest(tst_webboilerplate SOURCES core/ingest/tst_webboilerplate.cpp)
add_dependencies(tst_webboilerplate quoteline-cli)
ql_add_qtest(tst_htmldatefinder SOURCES core/ingest/tst_htmldatefinder.cpp)
# Scores quoteline-cli on ../shared/eval/web/dates (published dates) with the shared scorer.
ql_add_qtest(tst_webdates SOURCES core/ingest/tst_webdates.cpp)
add_dependencies(tst_webdates quoteline-cli)
# OCR of scanned PDFs (Tesseract); only built when the build found it.
if(QL_HAVE_TESSERACT)
    ql_add_qtest(tst_ocr SOURCES core/ingest/tst_ocr.cpp core/ingest/ScannedPdf.cpp core/ingest/ScannedPdf.h LIBS Qt::Gui)
endif()
# Fetches pages from a QTcpServer on 127.0.0.1 that the test starts; never leaves the machine.
ql_add_qtest(tst_pagefetcher SOURCES core/ingest/tst_pagefetcher.cpp core/ingest/LocalHttpServer.cpp core/ingest/LocalHttpServer.h
    LIBS Qt::Network)
# Issue 16: devices, FIFOs and sockets refused by name; HTML of any depth read in linear time.
ql_add_qtest(tst_inputbounds SOURCES core/ingest/tst_inputbounds.cpp)
