"""Stories: stored articles in; stories (one event reported by several outlets) out, found from
scratch or one article at a time, so that claims are compared within the story they belong to."""
