# Tests for the import wizard; see ql_add_qtest() in tests/CMakeLists.txt
ql_add_qtest(tst_importsources SOURCES views/import/tst_importsources.cpp LIBS quoteline_views)
ql_add_qtest(tst_importwizard SOURCES views/import/tst_importwizard.cpp LIBS quoteline_views)
# Links dropped or pasted on the window and the wizard, fetched from a server on 127.0.0.1.
ql_add_qtest(tst_linkimport SOURCES views/import/tst_linkimport.cpp core/ingest/LocalHttpServer.cpp core/ingest/LocalHttpServer.h
    LIBS quoteline_app quoteline_resources Qt::Network)
# The wizard on a scanned PDF (OCR); only built when the build found Tesseract.
if(QL_HAVE_TESSERACT)
    ql_add_qtest(tst_ocrwizard SOURCES views/import/tst_ocrwizard.cpp core/ingest/ScannedPdf.cpp core/ingest/ScannedPdf.h
        LIBS quoteline_views)
endif()
