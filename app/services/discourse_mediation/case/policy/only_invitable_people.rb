# frozen_string_literal: true

module DiscourseMediation
  # A private conversation may include the people involved and the requesters
  # who agreed to be named: nobody else, and never a requester who did not.
  class Case::Policy::OnlyInvitablePeople < Service::PolicyBase
    delegate :mediation_case, :params, to: :context, private: true

    def self.invitable_ids(mediation_case)
      involved = mediation_case.people.map(&:user_id)
      consenting = mediation_case.active_requests.select(&:consent_to_be_named).map(&:user_id)
      (involved + consenting).uniq
    end

    def call
      (params.user_ids - self.class.invitable_ids(mediation_case)).empty?
    end

    def reason
      I18n.t("discourse_mediation.errors.not_invitable")
    end
  end
end
