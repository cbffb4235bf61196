"""get_image_generations: an image for a prompt, as a URL that we then fetch (HEAD) like the Go sample."""

import azopenai
import httpx2
from _env import target
from azure.core.credentials import AzureKeyCredential


def main() -> None:
    aoai = target("DALLE")
    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        resp = client.get_image_generations(deployment=aoai.deployment, prompt="a cat", response_format="url")
    for image in resp.data:
        if image.url is None:  # response_format="b64_json" sends b64_json instead
            continue
        head = httpx2.head(image.url)
        print(f"Image generated, HEAD request on URL returned {head.status_code} ({head.headers.get('content-type')})")
        if image.revised_prompt:
            print(f"Revised prompt: {image.revised_prompt}")


if __name__ == "__main__":
    main()
