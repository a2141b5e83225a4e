target_sources(quoteline_core PRIVATE
    concurrency/ParallelFor.cpp
    concurrency/ParallelFor.h
)
