# frozen_string_literal: true

module DiscourseMediation
  # A moderator publishes a period's figures as a topic in the transparency
  # category. Discourse may refuse the topic (the category's permissions, a
  # title already used); its reason is the answer.
  class Transparency::Publish
    include Service::Base

    params { attribute :period, :string }

    policy :is_staff
    model :category
    model :report
    step :create_topic

    private

    def is_staff(guardian:)
      guardian.is_staff?
    end

    def fetch_category
      Category.find_by(id: SiteSetting.mediation_transparency_category)
    end

    def fetch_report(params:)
      TransparencyQuery.new(period: params.period)
    end

    def create_topic(category:, report:, guardian:)
      creator =
        PostCreator.new(
          guardian.user,
          title: TransparencyPost.title(report),
          raw: TransparencyPost.raw(report),
          category: category.id,
          skip_validations: true,
        )
      post = creator.create
      fail!(creator.errors.full_messages.to_sentence) if post.nil? || creator.errors.any?
      context[:post] = post
    end
  end
end
