# frozen_string_literal: true

module DiscourseMediation
  # A private message reaches the mediators only with the consent of the
  # member who received it, given in the help modal before sending: without
  # it nothing is sent, and the member is told why.
  class HelpRequest::Policy::SharesPrivateMessage < Service::PolicyBase
    delegate :post, :params, to: :context, private: true

    def call
      !post.topic.private_message? || params.share_private_message
    end

    def reason
      I18n.t("discourse_mediation.errors.private_message_consent")
    end
  end
end
