# frozen_string_literal: true

module DiscourseMediation
  # Mediation first, for real: a case goes to a report only once its mediator
  # has reached the person concerned, or has recorded why that was impossible
  # or unsafe. The reason then goes into the report.
  class Case::Policy::ContactMade < Service::PolicyBase
    delegate :mediation_case, :params, to: :context, private: true

    def call
      mediation_case.subject_contacted? || params.no_contact_reason.present?
    end

    def reason
      I18n.t("discourse_mediation.errors.contact_first")
    end
  end
end
