target_sources(quoteline_core PRIVATE
    analysis/extraction/Extractor.cpp
    analysis/extraction/Extractor.h
)
