target_sources(quoteline_core PRIVATE
)
