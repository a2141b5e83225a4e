target_sources(quoteline_models PRIVATE
    edits/StoreEdits.cpp
    edits/StoreEdits.h
    edits/TeamStoreWatch.cpp
    edits/TeamStoreWatch.h)
