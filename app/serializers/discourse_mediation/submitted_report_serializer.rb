# frozen_string_literal: true

module DiscourseMediation
  # The report as the person concerned and affected people read it: what is
  # cited, in full, without the editor's keys or who else was named as affected.
  class SubmittedReportSerializer < ReportSerializer
    def include_cited_keys?
      false
    end

    def include_affected_user_ids?
      false
    end
  end
end
