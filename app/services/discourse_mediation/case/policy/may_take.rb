# frozen_string_literal: true

module DiscourseMediation
  # Whether the current user's roles on the case let them take one event or
  # action at all: `Case::Policy::MayTake[:claim]` guards claiming.
  class Case::Policy::MayTake < Service::PolicyBase
    delegate :guardian, :mediation_case, to: :context, private: true

    extend Case::Policy::PerCheck

    def call
      Rules::Case::Lifecycle.role_may?(
        self.class.check,
        roles: guardian.mediation_roles_on(mediation_case),
      )
    end

    def reason
      I18n.t("discourse_mediation.errors.not_permitted")
    end
  end
end
