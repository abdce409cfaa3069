# frozen_string_literal: true

module DiscourseMediation
  # Nobody decides on more time to answer a report they wrote: a moderator,
  # or a mediator other than its author, decides instead.
  class Statement::Policy::NotReportAuthor < Service::PolicyBase
    delegate :guardian, :mediation_case, to: :context, private: true

    def call
      !mediation_case.report_author_ids.include?(guardian.user.id)
    end

    def reason
      I18n.t("discourse_mediation.errors.report_author_decides")
    end
  end
end
