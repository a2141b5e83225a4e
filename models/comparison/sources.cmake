target_sources(quoteline_models PRIVATE
    comparison/DiffColors.cpp
    comparison/DiffColors.h
    comparison/DiffHtml.cpp
    comparison/DiffHtml.h
    comparison/FamilyMembersModel.cpp
    comparison/FamilyMembersModel.h
)
