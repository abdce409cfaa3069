# frozen_string_literal: true

module PageObjects
  module Pages
    # /mediation/my-requests: what a member asked for, and where it stands.
    class MediationMyRequests < PageObjects::Pages::Base
      def visit_page
        page.visit("/mediation/my-requests")
        self
      end

      def has_request_on?(topic)
        has_css?(".mediation-my-requests__item .mediation-my-requests__topic", text: topic.title)
      end
    end
  end
end
