target_sources(quoteline_core PRIVATE
    families/FamilyIndex.cpp
    families/FamilyIndex.h
)
target_sources(quoteline_core PRIVATE
    families/QuoteFidelity.cpp
    families/QuoteFidelity.h
)
