# frozen_string_literal: true

module DiscourseMediation
  # What a request's contract checks of the kind of help asked for, on a post
  # or about conduct outside the forum alike.
  module HelpRequest::KindChecks
    extend ActiveSupport::Concern

    included do
      validate :kind_is_offered
      validate :behaviour_is_published
    end

    # The item of the published list the request names, only with the kind
    # that names one.
    def cited_behaviour_key
      behaviour_key if Rules::Mediation::HelpRequestRules.needs_behaviour?(kind)
    end

    private

    def kind_is_offered
      return if Rules::Mediation::HelpRequestRules.valid_kind?(kind)
      errors.add(:base, I18n.t("discourse_mediation.errors.invalid_kind"))
    end

    # "This breaks an item of the published list" names a current item.
    def behaviour_is_published
      return if !Rules::Mediation::HelpRequestRules.needs_behaviour?(kind)
      return if Behaviour.published_keys.include?(behaviour_key)
      errors.add(:base, I18n.t("discourse_mediation.errors.behaviour_required"))
    end
  end
end
