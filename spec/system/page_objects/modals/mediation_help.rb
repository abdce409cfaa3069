# frozen_string_literal: true

module PageObjects
  module Modals
    # The "I need help" modal a member opens from a post's menu.
    class MediationHelp < PageObjects::Modals::Base
      MODAL = ".mediation-help-modal"

      def open_for(post)
        find("#post_#{post.post_number} .mediation-help-button").click
        self
      end

      def choose_kind(kind)
        find("#{MODAL} .mediation-help-kind__input[value='#{kind}']").click
        self
      end

      def fill_message(text)
        find("#{MODAL} .mediation-help-modal__message textarea").fill_in(with: text)
        self
      end

      def send_request
        find("#{MODAL} .mediation-help-modal__submit").click
        self
      end

      def has_sent?
        has_css?("#{MODAL} .mediation-help-modal__sent")
      end

      def go_to_my_requests
        find("#{MODAL} .mediation-help-modal__my-requests").click
      end
    end
  end
end
