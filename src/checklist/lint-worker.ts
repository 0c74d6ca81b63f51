// placeholder: the checklist's harper worker
