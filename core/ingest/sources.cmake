target_sources(quoteline_core PRIVATE
    ingest/Ingestor.cpp
    ingest/Ingestor.h
)
